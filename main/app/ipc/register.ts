/**
 * Registers the handlers of one domain of the contract on ipcMain. Every message is refused unless
 * it comes from a window the app created; then the same dispatcher as the local host validates it.
 */
import { ipcMain } from 'electron';
import { channelOf, failure, opsOf, type Domain } from '../../../common/api';
import { HANDLERS, dispatch, type ServiceContext } from '../../services';
import { isTrustedSender } from '../windows';

/** Registers every operation of `domain`; returns the channels registered. */
export function registerDomain(domain: Domain, ctx: ServiceContext): string[] {
  return opsOf(domain).map((name) => {
    const channel = channelOf(name);
    ipcMain.handle(channel, async (event, payload: unknown) => {
      if (!isTrustedSender(event)) return failure('forbidden', 'Yêu cầu không đến từ cửa sổ của vanthu nên bị từ chối.');
      return dispatch(HANDLERS, ctx, name, payload);
    });
    return channel;
  });
}
