/**
 * The clinical vocabulary shared by every stage: tables, errors, code systems. Depends on nothing.
 */
package org.medmine.model;
