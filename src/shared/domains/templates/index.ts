// E-mail and call-script templates: placeholders, their values for a deal, the mailto: link.
export * from './placeholders';
export * from './values';
export * from './mailto';
export * from './choose';
