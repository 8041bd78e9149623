/**
 * Page objects for the console's browser tests (issue 16): what a page shows and what a person
 * does on it, by the ids and classes the pages promise, so that a test reads as the person's steps.
 */
package org.psmm.it.pages;
