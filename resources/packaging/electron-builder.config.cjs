// electron-builder configuration for Fieldline's installers (`npm run dist`, `npm run dist:dir`).
// Identity comes from src/main/appIdentity.json, the same file main reads, so an installed app
// and `npm start` use the same user-data folder and Windows AppUserModelID.
// Signing and notarization come from the environment (unsigned builds still work):
//   macOS:   CSC_LINK + CSC_KEY_PASSWORD (Developer ID .p12), APPLE_ID + APPLE_APP_SPECIFIC_PASSWORD + APPLE_TEAM_ID (notarization)
//   Windows: WIN_CSC_LINK + WIN_CSC_KEY_PASSWORD (or CSC_LINK/CSC_KEY_PASSWORD)
// Offline: ELECTRON_DIST (an unpacked Electron 45, e.g. node_modules/electron/dist) is used as `electronDist`.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- electron-builder loads this CommonJS file
const identity = require('../../src/main/appIdentity.json');

const notarize = Boolean(
  process.env.APPLE_ID && process.env.APPLE_APP_SPECIFIC_PASSWORD && process.env.APPLE_TEAM_ID,
);

/** @type {import('electron-builder').Configuration} */
module.exports = {
  appId: identity.appId,
  productName: identity.productName,
  copyright: 'Copyright © Fieldline',
  directories: { output: 'dist', buildResources: 'resources/packaging' },
  // Only what runs: the self-contained bundles (main bundles its dependencies) and package.json.
  files: ['out/**/*', 'package.json', '!**/*.map'],
  asar: true,
  ...(process.env.ELECTRON_DIST ? { electronDist: process.env.ELECTRON_DIST } : {}),
  electronFuses: {
    runAsNode: false,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    grantFileProtocolExtraPrivileges: false,
    onlyLoadAppFromAsar: true,
    enableEmbeddedAsarIntegrityValidation: true,
    enableCookieEncryption: true,
    // Flipping fuses changes the binary and breaks Electron's own ad-hoc signature; on Apple
    // Silicon an app without a valid signature is killed at launch. electron-builder re-signs
    // only when it finds an identity (CSC_LINK), so unsigned Mac builds need this ad-hoc re-sign
    // (a real identity, when present, signs over it).
    resetAdHocDarwinSignature: true,
  },
  linux: {
    target: ['AppImage', 'deb'],
    icon: 'resources/packaging/icons',
    category: 'Office',
    synopsis: 'Your own B2B sales pipeline, offline',
    desktop: {
      entry: {
        Name: identity.productName,
        Comment: 'Run your B2B sales pipeline, offline',
        Categories: 'Office;',
        StartupWMClass: identity.productName,
      },
    },
  },
  deb: { packageCategory: 'office' },
  win: { target: ['nsis'], icon: 'resources/packaging/icon.ico' },
  nsis: {
    oneClick: false,
    perMachine: false,
    allowToChangeInstallationDirectory: true,
    shortcutName: identity.productName,
  },
  mac: {
    target: ['dmg', 'zip'],
    icon: 'resources/packaging/icon.icns',
    category: 'public.app-category.business',
    hardenedRuntime: true,
    gatekeeperAssess: false,
    entitlements: 'resources/packaging/entitlements.mac.plist',
    entitlementsInherit: 'resources/packaging/entitlements.mac.plist',
    notarize,
  },
  dmg: { sign: false },
  publish: null,
};
