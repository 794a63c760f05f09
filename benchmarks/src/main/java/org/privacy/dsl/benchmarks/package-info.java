/**
 * JMH benchmarks of the compiler (throughput, footprint) and the editor (latency on a 5,000-line file);
 * docs/BENCHMARKS.md gives the set-up and the figures.
 */
package org.privacy.dsl.benchmarks;
