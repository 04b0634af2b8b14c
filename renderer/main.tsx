/** Entry of the renderer: provides `window.vanthu` in a browser, then mounts the app frame. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { installWebClient } from './api/web-client';
import { App } from './app/App';
import './styles.css';

installWebClient();
createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
