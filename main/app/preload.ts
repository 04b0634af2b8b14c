/**
 * The preload script (sandboxed, bundled to dist/electron/preload.cjs): on the app's own pages
 * (app://vanthu) it exposes the contract as `window.vanthu`, one method per operation over
 * ipcRenderer.invoke, and `window.vanthuOffice` (open the confirmed office server / work alone).
 * On the office server's pages it exposes nothing: they reach the server over HTTP
 * (renderer/api/web-client.ts), and the main process refuses their IPC anyway. Raw ipcRenderer is
 * never exposed.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { channelOf, createApi, type ApiResult } from '../../common/api';
import { OFFICE_CHANNELS, type OfficeAnswer } from '../../common/api/office-bridge';

if (globalThis.location?.protocol === 'app:') {
  contextBridge.exposeInMainWorld(
    'vanthu',
    createApi((name, request) => ipcRenderer.invoke(channelOf(name), request) as Promise<ApiResult<unknown>>),
  );
  contextBridge.exposeInMainWorld('vanthuOffice', {
    open: () => ipcRenderer.invoke(OFFICE_CHANNELS.open) as Promise<OfficeAnswer>,
    alone: () => ipcRenderer.invoke(OFFICE_CHANNELS.alone) as Promise<OfficeAnswer>,
  });
}
