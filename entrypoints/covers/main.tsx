import { render } from 'preact';
import { CoversApp } from '../../components/covers/CoversApp';
import '../../components/ui/theme.css';
import '../../components/covers/covers.css';

render(<CoversApp />, document.getElementById('app')!);
