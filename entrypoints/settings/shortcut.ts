/**
 * Where the browser lets the user change an extension's keyboard shortcut: extensions cannot change
 * it themselves, so the settings say where to go.
 */
export function shortcutHelp(userAgent: string): 'settingsShortcutHowFirefox' | 'settingsShortcutHowChromium' {
  return /\bFirefox\//.test(userAgent) ? 'settingsShortcutHowFirefox' : 'settingsShortcutHowChromium';
}
