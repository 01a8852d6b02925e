import { render } from 'preact';
import { OptionsApp } from '../../components/options/OptionsApp';
import '../../components/ui/theme.css';

render(<OptionsApp />, document.getElementById('app')!);
