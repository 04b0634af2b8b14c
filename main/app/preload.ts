/**
 * The preload script (sandboxed, bundled to dist/electron/preload.cjs): exposes the contract as
 * `window.vanthu`, one method per operation over ipcRenderer.invoke. Raw ipcRenderer is never exposed.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { channelOf, createApi, type ApiResult } from '../../common/api';

contextBridge.exposeInMainWorld(
  'vanthu',
  createApi((name, request) => ipcRenderer.invoke(channelOf(name), request) as Promise<ApiResult<unknown>>),
);
