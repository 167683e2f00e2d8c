package org.partnership.simulation;

import com.google.common.testing.AbstractPackageSanityTests;
import java.util.List;
import org.partnership.simulation.march.MarchModel;
import org.partnership.simulation.march.MarchParameters;

/**
 * Every public class of the engine rejects nulls by name and compares by value: a new type cannot
 * be forgotten (Guava's package sanity tests).
 */
public class PackageSanityTest extends AbstractPackageSanityTests {

  public PackageSanityTest() throws InterruptedException {
    setDefault(Model.class, new MarchModel());
    setDefault(String.class, "p");
    setDefault(
        Experiment.class,
        new Experiment<>("e", new MarchModel(), List.of(MarchParameters.of(0.5, 0.5, 0, 0)), 1, 1));
    setDefault(ParameterSpec.class, new ParameterSpec("p", 0.5, 0, 1, "a chance"));
    Experiment<MarchParameters> tiny =
        new Experiment<>("e", new MarchModel(), List.of(MarchParameters.of(0.5, 0.5, 0, 0)), 2, 1);
    setDefault(ExperimentResult.class, ExperimentRunner.run(tiny, 1, n -> {}, true));
    setDefault(ExperimentShard.class, ExperimentRunner.runShard(tiny, new Shard(1, 1), 1, n -> {}));
    setDefault(Shard.class, new Shard(1, 1));
    setDefault(MorrisScreening.Design.class, MorrisScreening.design(2, 4, 2, 1));
    setDefault(ClassLoader.class, PackageSanityTest.class.getClassLoader());
    setDefault(
        org.knowm.xchart.internal.chartpart.Chart.class,
        new org.knowm.xchart.XYChartBuilder().width(10).height(10).build());
    // The package's API: its public classes; ParameterSpec is a record (equal by its components,
    // which the tester cannot vary without breaking its range check); so is Shard.
    ignoreClasses(
        c ->
            !java.lang.reflect.Modifier.isPublic(c.getModifiers())
                || c == ParameterSpec.class
                || c == Shard.class);
  }
}
