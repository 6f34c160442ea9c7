/**
 * Staff accounts, roles and sign-in. The first account, admin, is made at first start with a password from
 * configuration or one generated and shown once; passwords are stored only as hashes.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform"})
package org.bluelamp.staff;
