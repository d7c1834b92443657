package dev.wscope;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The layer rules of ARCHITECTURE.md: ui -> engine/store -> core; cli -> engine/store -> core; server (the
 * JDK-socket test server) depends on core only; only engine touches Tyrus; nothing below ui touches JavaFX.
 */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.wscope");

    @Test
    void core_isPureJava() {
        noClasses().that().resideInAPackage("dev.wscope.core..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "jakarta.websocket..", "org.glassfish..",
                        "dev.wscope.engine..", "dev.wscope.server..", "dev.wscope.cli..", "dev.wscope.ui..")
                .check(CLASSES);
    }

    @Test
    void onlyTheEngine_touchesTyrus() {
        noClasses().that().resideOutsideOfPackage("dev.wscope.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("org.glassfish.tyrus..", "jakarta.websocket..")
                .check(CLASSES);
    }

    @Test
    void onlyTheUi_touchesJavaFx() {
        noClasses().that().resideInAnyPackage("dev.wscope.core..", "dev.wscope.engine..", "dev.wscope.server..",
                        "dev.wscope.cli..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(CLASSES);
    }

    @Test
    void dependenciesPointOneWay() {
        noClasses().that().resideInAnyPackage("dev.wscope.engine..", "dev.wscope.server..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.wscope.ui..", "dev.wscope.cli..")
                .check(CLASSES);
        noClasses().that().resideInAPackage("dev.wscope.server..")
                .should().dependOnClassesThat().resideInAPackage("dev.wscope.engine..")
                .check(CLASSES);
        noClasses().that().resideInAPackage("dev.wscope.ui..")
                .should().dependOnClassesThat().resideInAPackage("dev.wscope.cli..")
                .check(CLASSES);
    }

    @Test
    void noCyclesBetweenTopLevelPackages() {
        slices().matching("dev.wscope.(*)..").should().beFreeOfCycles().check(CLASSES);
    }
}
