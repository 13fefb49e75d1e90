import { describe, expect, it } from 'vitest';
import { createStoreHostSupervisor } from '../../../src/main/storeHost';
import { FakeUi, supervisorWorld } from './fakeSupervisorWorld';

function started() {
  const world = supervisorWorld();
  const supervisor = createStoreHostSupervisor(world.deps);
  supervisor.start();
  return { ...world, supervisor };
}

describe('store-host supervisor', () => {
  it('creates the hidden host first and brokers ports once its page has loaded', () => {
    const { supervisor, hosts, mainPorts, lastHost } = started();
    const ui = new FakeUi();
    supervisor.registerUi(ui);
    ui.finishLoad();
    expect(hosts).toHaveLength(1);
    expect(lastHost().loads).toBe(1);
    // Main's client is pointed at its port at once (calls queue until the host serves them).
    expect(mainPorts).toHaveLength(1);
    expect(lastHost().ports).toHaveLength(0);
    expect(ui.ports).toHaveLength(0);

    lastHost().finishLoad();
    expect(lastHost().ports).toHaveLength(2);
    expect(ui.ports).toHaveLength(1);
    // Each client's port is entangled with one the host received.
    expect(lastHost().ports).toContain(mainPorts[0]?.other);
    expect(lastHost().ports).toContain(ui.ports[0]?.other);
  });

  it('restarts a dead store host with exponential back-off and re-brokers ports to every UI and main', () => {
    const { supervisor, hosts, mainPorts, timers, lastHost } = started();
    const uis = [new FakeUi(), new FakeUi()];
    for (const ui of uis) {
      supervisor.registerUi(ui);
      ui.finishLoad();
    }
    lastHost().finishLoad();
    expect(uis.map((ui) => ui.ports.length)).toEqual([1, 1]);

    const expectedDelays = [250, 500, 1000, 2000, 4000, 8000, 16000, 30000, 30000];
    for (const [attempt, delay] of expectedDelays.entries()) {
      const dead = lastHost();
      dead.crash();
      expect(dead.destroyed).toBe(true);
      expect(hosts).toHaveLength(attempt + 1);
      expect(timers.delays()).toEqual([delay]);
      timers.advance(delay - 1);
      expect(hosts).toHaveLength(attempt + 1); // not before the back-off has passed
      timers.advance(1);
      expect(hosts).toHaveLength(attempt + 2);
      // Main is re-pointed at the new host at once; the UIs when it has loaded.
      expect(mainPorts).toHaveLength(attempt + 2);
      lastHost().finishLoad();
      expect(uis.map((ui) => ui.ports.length)).toEqual([attempt + 2, attempt + 2]);
      const host = lastHost();
      expect(host.ports).toHaveLength(3);
      expect(host.ports).toContain(mainPorts.at(-1)?.other);
      for (const ui of uis) expect(host.ports).toContain(ui.ports.at(-1)?.other);
    }
  });

  it('resets the back-off after the host stayed healthy for a minute', () => {
    const { timers, lastHost } = started();
    lastHost().finishLoad();
    lastHost().crash();
    expect(timers.delays()).toEqual([250]);
    timers.advance(250);
    lastHost().finishLoad();
    lastHost().crash();
    expect(timers.delays()).toEqual([500]);
    timers.advance(500);
    lastHost().finishLoad();
    timers.advance(60_000);
    lastHost().crash();
    expect(timers.delays()).toEqual([250]);
  });

  it('treats a page that fails to load as a failure and keeps backing off', () => {
    const { hosts, timers, lastHost } = started();
    lastHost().handlers?.failed('load failed: ERR_FILE_NOT_FOUND (-6)');
    timers.advance(250);
    lastHost().handlers?.failed('load failed');
    expect(timers.delays()).toEqual([500]);
    timers.advance(500);
    expect(hosts).toHaveLength(3);
  });

  it('ignores late events from a window it already replaced', () => {
    const { hosts, timers, lastHost } = started();
    const first = lastHost();
    first.finishLoad();
    first.crash();
    first.crash('again');
    first.handlers?.failed('window closed');
    expect(timers.delays()).toEqual([250]);
    timers.advance(250);
    first.finishLoad();
    expect(lastHost().ports).toHaveLength(0);
    expect(hosts).toHaveLength(2);
  });

  it('kills and restarts a host that stays unresponsive, but not one that recovers', () => {
    const { hosts, timers, lastHost } = started();
    lastHost().finishLoad();
    lastHost().handlers?.unresponsive();
    timers.advance(5_000);
    lastHost().handlers?.responsive();
    timers.advance(60_000);
    expect(hosts).toHaveLength(1);

    lastHost().handlers?.unresponsive();
    timers.advance(10_000);
    expect(hosts[0]?.destroyed).toBe(true);
    timers.advance(250);
    expect(hosts).toHaveLength(2);
  });

  it('gives a reloaded UI a fresh port and forgets destroyed UIs', () => {
    const { supervisor, timers, lastHost } = started();
    const ui = new FakeUi();
    const gone = new FakeUi();
    supervisor.registerUi(ui);
    supervisor.registerUi(gone);
    lastHost().finishLoad();
    expect(ui.ports).toHaveLength(0); // not loaded yet: nothing to send to
    ui.finishLoad();
    gone.finishLoad();
    ui.finishLoad(); // e.g. a reload
    expect(ui.ports).toHaveLength(2);
    gone.destroy();
    lastHost().crash();
    timers.advance(250);
    lastHost().finishLoad();
    expect(ui.ports).toHaveLength(3);
    expect(gone.ports).toHaveLength(1);
  });

  it('stops restarting once stopped (app quitting)', () => {
    const { supervisor, hosts, timers, lastHost } = started();
    lastHost().finishLoad();
    lastHost().crash();
    supervisor.stop();
    timers.advance(60_000);
    expect(hosts).toHaveLength(1);
    expect(timers.delays()).toEqual([]);
  });

  it('caps the back-off at 30 s', () => {
    const { supervisor } = started();
    expect([0, 1, 2, 6, 7, 8, 20].map((n) => supervisor.delayFor(n))).toEqual([
      250, 500, 1000, 16000, 30000, 30000, 30000,
    ]);
  });

  it('hands the UI a port only once the host says its database is open, and restarts a host that never does', () => {
    const { supervisor, hosts, timers, lastHost, mainPorts } = started();
    const ui = new FakeUi();
    supervisor.registerUi(ui);
    ui.finishLoad();
    lastHost().loadOnly();
    // Main's port goes in at load (so main can ask), the UI waits for "ready".
    expect(lastHost().ports).toEqual([mainPorts[0]?.other]);
    expect(ui.ports).toHaveLength(0);
    expect(supervisor.status()).toEqual({ state: 'starting' });
    timers.advance(14_999);
    expect(hosts).toHaveLength(1);
    timers.advance(1);
    expect(hosts[0]?.destroyed).toBe(true);
    expect(supervisor.status()).toMatchObject({
      state: 'restarting',
      reason: 'not ready within 15 s',
      attempt: 1,
      inMs: 250,
    });
    timers.advance(250);
    lastHost().loadOnly();
    lastHost().becomeReady();
    expect(ui.ports).toHaveLength(1);
    expect(supervisor.status()).toEqual({ state: 'ready' });
    timers.advance(60_000);
    expect(hosts).toHaveLength(2);
  });

  it('restarts a hung host after three unanswered heartbeats, not after one', async () => {
    const world = supervisorWorld();
    const answers: boolean[] = [];
    const supervisor = createStoreHostSupervisor({
      ...world.deps,
      ping: async () => answers.shift() ?? true,
    });
    supervisor.start();
    world.lastHost().finishLoad();
    const beat = async () => {
      world.timers.advance(10_000);
      await new Promise((resolve) => setImmediate(resolve));
    };
    answers.push(false, true, false, false);
    for (let i = 0; i < 4; i++) await beat();
    expect(world.hosts).toHaveLength(1); // a missed beat followed by an answer is fine
    answers.push(false);
    await beat();
    expect(world.hosts[0]?.destroyed).toBe(true);
    expect(supervisor.status()).toMatchObject({
      state: 'restarting',
      reason: 'hung: 3 heartbeats unanswered',
    });
    world.timers.advance(250);
    expect(world.hosts).toHaveLength(2);
  });

  it('drops the port of a UI page that is reloading and gives it a new one when it has loaded', () => {
    const { supervisor, timers, lastHost } = started();
    const ui = new FakeUi();
    supervisor.registerUi(ui);
    lastHost().finishLoad();
    ui.finishLoad();
    expect(ui.ports).toHaveLength(1);
    ui.startReload();
    lastHost().crash();
    timers.advance(250);
    lastHost().finishLoad();
    expect(ui.ports).toHaveLength(1); // still reloading: nothing sent to a page that is not there
    ui.finishLoad();
    expect(ui.ports).toHaveLength(2);
  });

  it('tells the host to stop serving the port of a UI page that reloaded or closed', () => {
    const { supervisor, lastHost } = started();
    const ui = new FakeUi();
    const other = new FakeUi();
    supervisor.registerUi(ui);
    supervisor.registerUi(other);
    lastHost().finishLoad();
    ui.finishLoad();
    other.finishLoad();
    expect(lastHost().servedUiPorts()).toHaveLength(2);

    // Reloads, one after another: the host serves exactly one port per living page.
    for (let n = 2; n <= 4; n++) {
      ui.startReload();
      ui.finishLoad();
      expect(ui.ports).toHaveLength(n);
      expect(lastHost().servedUiPorts()).toEqual([other.ports[0]?.other, ui.ports.at(-1)?.other]);
    }
    // A page that finished loading again without a 'start navigation' (crash recovery) too.
    ui.finishLoad();
    expect(lastHost().servedUiPorts()).toEqual([other.ports[0]?.other, ui.ports.at(-1)?.other]);

    other.destroy();
    expect(lastHost().servedUiPorts()).toEqual([ui.ports.at(-1)?.other]);
  });

  it('never asks a new host to drop a connection only the old host had', () => {
    const { supervisor, timers, lastHost, hosts } = started();
    const ui = new FakeUi();
    supervisor.registerUi(ui);
    lastHost().finishLoad();
    ui.finishLoad();
    lastHost().crash();
    timers.advance(250);
    lastHost().finishLoad();
    expect(hosts).toHaveLength(2);
    expect(lastHost().dropped).toEqual([]);
    expect(lastHost().servedUiPorts()).toEqual([ui.ports.at(-1)?.other]);
  });

  it('restarts a host whose page never even finishes loading, within the same 15 s', () => {
    const { supervisor, hosts, timers } = started();
    // No did-finish-load, no did-fail-load: a page stuck while loading (e.g. a script that spins).
    timers.advance(14_999);
    expect(hosts).toHaveLength(1);
    timers.advance(1);
    expect(hosts[0]?.destroyed).toBe(true);
    expect(supervisor.status()).toMatchObject({ state: 'restarting', reason: 'not ready within 15 s' });
    timers.advance(250);
    expect(hosts).toHaveLength(2);
  });

  it('counts the 15 s from the start of the host, not from its page load', () => {
    const { hosts, timers, lastHost } = started();
    timers.advance(10_000);
    lastHost().loadOnly();
    timers.advance(5_000);
    expect(hosts[0]?.destroyed).toBe(true);
  });
});
