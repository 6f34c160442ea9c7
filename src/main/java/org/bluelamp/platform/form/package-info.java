/**
 * Reading a staff form: what was typed and chosen ({@link org.bluelamp.platform.form.Entered}), each field read in
 * turn with its errors collected ({@link org.bluelamp.platform.form.FormInput}), and the one rule for cleaning typed
 * text ({@link org.bluelamp.platform.form.TypedText}).
 */
package org.bluelamp.platform.form;
