/**
 * The chemnet command-line program: {@code demo} (the main job), {@code validate}, {@code import}, {@code export},
 * {@code members} and {@code newsletter send}. Run it with {@code java -jar examples/target/chemnet.jar --help}.
 *
 * @since 0.1.0
 */
package org.chemnet.network.examples.cli;
