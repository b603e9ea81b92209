/**
 * The form of an answer's stable id, the `#anchor` staff send to customers: lower-case letters, digits
 * and hyphens, starting with a letter. Headings' automatic Japanese slugs never have this form.
 */
export const ANCHOR_ID = /^[a-z][a-z0-9-]*$/;
