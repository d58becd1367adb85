import { render } from 'preact';
import { extensionOptionsApi } from './api';
import { Options } from './Options';

render(<Options api={extensionOptionsApi()} />, document.getElementById('app')!);
