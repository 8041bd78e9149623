/**
 * The host inventory: the servers PSMM watches, with how to reach them over SSH and what they
 * run (roles). Every other feature starts from a host.
 */
package org.psmm.host;
