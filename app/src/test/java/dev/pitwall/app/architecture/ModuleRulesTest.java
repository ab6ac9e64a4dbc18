package dev.pitwall.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The module map of ARCHITECTURE.md, enforced on the production classes of every module. */
class ModuleRulesTest {
  private static JavaClasses production;

  @BeforeAll
  static void importProductionClasses() {
    production =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            // the core test-jar (shared contracts and fakes) is test code too
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("dev.pitwall");
  }

  static Stream<ArchRule> rules() {
    return Stream.of(
        onlyAppUsesJavaFx,
        onlyStorageUsesJdbc,
        coreDependsOnlyOnJdkAndSlf4j,
        hardwareIsIndependent,
        analyticsIsIndependent,
        storageIsIndependent,
        analyticsHidesItsEngines,
        noServiceLocatorNames);
  }

  @ParameterizedTest
  @MethodSource("rules")
  void holds(ArchRule rule) {
    rule.check(production);
  }

  static final ArchRule onlyAppUsesJavaFx =
      noClasses()
          .that()
          .resideOutsideOfPackage("dev.pitwall.app..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("javafx..", "eu.hansolo..", "io.fair_acc..", "org.controlsfx..")
          .because(
              "the UI toolkit stays in app so acquisition, storage and analytics run and test"
                  + " without a display (ADR 0001)");

  static final ArchRule onlyStorageUsesJdbc =
      noClasses()
          .that()
          .resideOutsideOfPackage("dev.pitwall.storage..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("java.sql..", "javax.sql..", "org.h2..")
          .because("the database is an implementation detail behind the SessionStore port");

  static final ArchRule coreDependsOnlyOnJdkAndSlf4j =
      classes()
          .that()
          .resideInAPackage("dev.pitwall.core..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage("dev.pitwall.core..", "java..", "javax.annotation..", "org.slf4j..")
          .because(
              "core is the shared vocabulary every module may use, so it may use nothing else");

  static final ArchRule hardwareIsIndependent =
      noClasses()
          .that()
          .resideInAPackage("dev.pitwall.hardware..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "dev.pitwall.analytics..", "dev.pitwall.storage..", "dev.pitwall.app..")
          .because("sources only decode and deliver samples; dependencies point one way to core");

  static final ArchRule analyticsIsIndependent =
      noClasses()
          .that()
          .resideInAPackage("dev.pitwall.analytics..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "dev.pitwall.hardware..", "dev.pitwall.storage..", "dev.pitwall.app..")
          .because("analytics is pure computation over core types, testable without devices or DB");

  static final ArchRule storageIsIndependent =
      noClasses()
          .that()
          .resideInAPackage("dev.pitwall.storage..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "dev.pitwall.hardware..", "dev.pitwall.analytics..", "dev.pitwall.app..")
          .because("storage implements a core port and knows nothing of sources or models");

  static final ArchRule analyticsHidesItsEngines =
      methods()
          .that()
          .arePublic()
          .and()
          .areDeclaredInClassesThat()
          .resideInAPackage("dev.pitwall.analytics..")
          .should(
              notExpose(List.of("ai.djl.", "org.apache.commons.math", "org.apache.commons.rng")))
          .because(
              "DJL and Commons Math are implementation choices of analytics, not part of its API"
                  + " (house style)");

  static final ArchRule noServiceLocatorNames =
      noClasses()
          .should()
          .haveSimpleNameEndingWith("Impl")
          .orShould()
          .haveSimpleNameEndingWith("Manager")
          .orShould()
          .resideInAnyPackage("..util..", "..misc..")
          .because("classes are named after their mechanism and packaged by feature (house style)");

  private static ArchCondition<JavaMethod> notExpose(List<String> prefixes) {
    return new ArchCondition<>("not expose types of " + prefixes) {
      @Override
      public void check(JavaMethod method, ConditionEvents events) {
        Stream.concat(Stream.of(method.getRawReturnType()), method.getRawParameterTypes().stream())
            .map(JavaClass::getName)
            .filter(name -> prefixes.stream().anyMatch(name::startsWith))
            .forEach(
                name ->
                    events.add(
                        SimpleConditionEvent.violated(
                            method, method.getFullName() + " exposes " + name)));
      }
    };
  }
}
