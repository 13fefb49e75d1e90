// Unit and integration tests run in Node: give Dexie an IndexedDB (fake-indexeddb).
import 'fake-indexeddb/auto';
