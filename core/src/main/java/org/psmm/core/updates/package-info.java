/**
 * System updates over SSH, the parts that need no server: reading apt-get's output (upgradable
 * packages, the reboot-required flag) and building the captive portal's form, all from hostile
 * text checked before anything of it is kept or shown.
 */
package org.psmm.core.updates;
