/**
 * Settings administrators change at run time: known keys with type, default and bounds in code,
 * values in the setting table, read at each use so a change applies at the next poll or send.
 */
package org.psmm.settings;
