import { render } from 'preact';
import { ReportsApp } from '../../components/reports/ReportsApp';
import '../../components/ui/theme.css';
import '../../components/reports/reports.css';

render(<ReportsApp />, document.getElementById('app')!);
