/** Text from input made safe to echo in messages and logs. */
package org.partnership.text;
