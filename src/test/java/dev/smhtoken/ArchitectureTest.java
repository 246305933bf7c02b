package dev.smhtoken;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The package rules of the design, checked on the compiled application classes. Packages still
 * without classes pass: a rule about them starts to bite as soon as they are filled.
 */
@AnalyzeClasses(packages = "dev.smhtoken", importOptions = {ImportOption.DoNotIncludeTests.class, ImportOption.DoNotIncludeJars.class})
class ArchitectureTest {
    private static final String[] HEADLESS = {
        "dev.smhtoken.smh..", "dev.smhtoken.token..", "dev.smhtoken.vault..", "dev.smhtoken.cli..", "dev.smhtoken.emulator..",
        "dev.smhtoken.desktop..", "dev.smhtoken.instance.."
    };

    /** Empty packages may pass the rules below, so an import that found nothing must not pass silently. */
    @ArchTest
    static void theApplicationClassesWereImported(JavaClasses imported) {
        assertTrue(imported.contain(Main.class), "Main was not imported: the rules would check nothing");
        assertTrue(imported.contain("dev.smhtoken.token.TokenRenewal"), "the domain was not imported");
        assertTrue(imported.stream().noneMatch(c -> c.getSimpleName().endsWith("Test")), "tests were imported");
    }

    @ArchTest
    static final ArchRule headlessPackagesDoNotTouchJavaFxAtAll = noClasses()
            .that().resideInAnyPackage(HEADLESS)
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .because("smh, token, vault, cli, emulator and desktop must run and be tested without a display or the toolkit")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule tokenDependsOnNoOtherPackageOfOurs = classes()
            .that().resideInAPackage("dev.smhtoken.token..")
            .should().onlyDependOnClassesThat(
                    resideOutsideOfPackage("dev.smhtoken..").or(resideInAPackage("dev.smhtoken.token..")))
            .because("the domain is the centre: smh and vault implement its interfaces, never the other way round");

    @ArchTest
    static final ArchRule desktopDependsOnNoOtherPackageOfOurs = classes()
            .that().resideInAPackage("dev.smhtoken.desktop..")
            .should().onlyDependOnClassesThat(
                    resideOutsideOfPackage("dev.smhtoken..").or(resideInAPackage("dev.smhtoken.desktop..")))
            .because("login items and scheduler jobs are OS plumbing shared by the window and the command line;"
                + " they start the app, they never open its vault")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule instanceDependsOnNoOtherPackageOfOurs = classes()
            .that().resideInAPackage("dev.smhtoken.instance..")
            .should().onlyDependOnClassesThat(
                    resideOutsideOfPackage("dev.smhtoken..").or(resideInAPackage("dev.smhtoken.instance..")))
            .because("the hand-over between two launches is plumbing under the window: it must stay cheap to load"
                + " on a second launch, and it never opens the vault")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule tokenUsesNoWireOrStorageLibraries = noClasses()
            .that().resideInAPackage("dev.smhtoken.token..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.apache.hc..", "com.fasterxml.jackson..", "java.net.http..", "java.nio.file..")
            .because("the domain reaches SMH and the disk only through SmhGateway and VaultStore")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule backEndPackagesNeverDependOnTheWindow = noClasses()
            .that().resideInAnyPackage("dev.smhtoken.smh..", "dev.smhtoken.vault..", "dev.smhtoken.emulator..", "dev.smhtoken.cli..",
                    "dev.smhtoken.desktop..")
            .should().dependOnClassesThat().resideInAPackage("dev.smhtoken.ui..")
            .because("the window is one face over the use cases; nothing underneath may know it")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule topLevelPackagesHaveNoCycles = slices()
            .matching("dev.smhtoken.(*)..")
            .should().beFreeOfCycles()
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule onlyAppUiAndMainTouchScenesAndStages = noClasses()
            .that().resideOutsideOfPackages("dev.smhtoken.app..", "dev.smhtoken.ui..")
            .and().doNotHaveFullyQualifiedName(Main.class.getName())
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
            .because("only the window and the composition root may build scenes and stages")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule viewModelsRunWithoutTheToolkit = noClasses()
            .that().haveSimpleNameEndingWith("ViewModel")
            .or().haveFullyQualifiedName("dev.smhtoken.ui.main.RowActions")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "javafx.application..", "javafx.scene..", "javafx.stage..", "javafx.concurrent..", "javafx.fxml..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("dev.smhtoken.ui.common.FxThread")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("dev.smhtoken.ui.common.FxTaskExecutor")
            .because("view models are unit-tested with no toolkit at all: they reach the FX thread only through "
                    + "the TaskExecutor they are given")
            .allowEmptyShould(true);
}
