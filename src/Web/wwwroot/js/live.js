// The SignalR connection to /hubs/board. It never gives up: automatic reconnects retry for as long as
// the page is open, and a start that fails (the server is down when the page opens, or the automatic
// reconnects were exhausted) is retried by a loop of its own. Each time it is connected it asks for the
// present state again, so that a board that was away shows what is true now, not what came after.

import { savedKey } from './api.js';

const MAX_DELAY_MS = 10_000;

/** 0, 1, 2, 4, 8, 10, 10 … seconds, with a little jitter so that a room of boards does not retry in step. */
function retryDelay(attempt) {
  if (attempt === 0) {
    return 0;
  }
  return Math.min(1000 * 2 ** (attempt - 1), MAX_DELAY_MS) * (0.8 + Math.random() * 0.4);
}

/**
 * @param handlers.onState('connecting' | 'live' | 'reconnecting')
 * @param handlers.onWatched(readings) the live readings of every province, on every (re)connection
 * @param handlers.onFigures(figures) pushed figures of any province that moved: what the board shows, no counts
 * @param handlers.onReadings(readings) full readings of the watched province, when it is watched and as they move
 * @param handlers.onAlert(alert), handlers.onSilences(silences)
 */
export function connectLive(handlers) {
  const connection = new signalR.HubConnectionBuilder()
    .withUrl('/hubs/board', { accessTokenFactory: () => savedKey() })
    .withAutomaticReconnect({ nextRetryDelayInMilliseconds: context => retryDelay(context.previousRetryCount + 1) })
    .configureLogging(signalR.LogLevel.Warning)
    .build();

  connection.on('Figures', handlers.onFigures);
  connection.on('Readings', handlers.onReadings);
  connection.on('Alert', handlers.onAlert);
  connection.on('Silences', handlers.onSilences);

  let province = null;

  async function watch() {
    handlers.onWatched(await connection.invoke('WatchNational'));
    if (province) {
      handlers.onReadings(await connection.invoke('WatchProvince', province));
    }
    handlers.onState('live');
  }

  let starting = false;
  async function start() {
    if (starting) {
      return;
    }
    starting = true;
    for (let attempt = 0; ; attempt++) {
      await new Promise(resolve => setTimeout(resolve, retryDelay(attempt)));
      try {
        await connection.start();
        await watch();
        break;
      } catch (error) {
        console.warn('Board connection failed; retrying', error);
        handlers.onState(attempt === 0 ? 'connecting' : 'reconnecting');
        if (connection.state !== signalR.HubConnectionState.Disconnected) {
          await connection.stop();
        }
      }
    }
    starting = false;
  }

  connection.onreconnecting(() => handlers.onState('reconnecting'));
  connection.onreconnected(() => watch().catch(error => {
    // Connected but the hub refused: drop the connection so that the loop starts over.
    console.warn('Watching the board failed after reconnecting', error);
    connection.stop();
  }));
  connection.onclose(() => {
    handlers.onState('reconnecting');
    start();
  });

  // Back online after a network outage: try now rather than at the end of the current back-off.
  window.addEventListener('online', () => {
    if (connection.state === signalR.HubConnectionState.Reconnecting) {
      connection.stop();
    }
  });

  handlers.onState('connecting');
  start();

  return {
    /** Starts over, e.g. with a new API key. */
    restart: () => connection.stop(),
    /** Also follows one province's full readings (a province page), or none. A (re)connection watches it again. */
    watchProvince: code => {
      if (code === province) {
        return;
      }
      province = code;
      if (connection.state === signalR.HubConnectionState.Connected) {
        const watching = code
          ? connection.invoke('WatchProvince', code).then(handlers.onReadings)
          : connection.invoke('StopWatchingProvince');
        // A failed call is mended by the next (re)connection, which watches the province again.
        watching.catch(error => console.warn('Watching a province failed', error));
      }
    },
  };
}
