package dev.wscope;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The layer rules of ARCHITECTURE.md: ui -> engine/store -> core; cli -> engine/store -> core; server (the
 * JDK-socket test server) depends on core only; core opens no file; only engine touches Tyrus; nothing below ui
 * touches JavaFX.
 * Main classes only: tests may reach across layers to set things up. Importing every class takes seconds: a
 * stress test, run after the fast unit phase.
 */
@Tag("stress")
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(new ImportOption.DoNotIncludeTests()).importPackages("dev.wscope");

    @Test
    void core_isPureJava_noJavaFxNoWebSocketApiNoGlassfish() {
        noClasses().that().resideInAPackage("dev.wscope.core..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "jakarta.websocket..", "org.glassfish..")
                .because("core holds the models and codecs every layer shares; it runs with no toolkit and no socket")
                .check(CLASSES);
    }

    @Test
    void core_dependsOnNoOtherLayer() {
        noClasses().that().resideInAPackage("dev.wscope.core..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.wscope.engine..", "dev.wscope.store..",
                        "dev.wscope.share..", "dev.wscope.server..", "dev.wscope.cli..", "dev.wscope.ui..")
                .check(CLASSES);
    }

    @Test
    void core_doesNoFileIo() {
        noClasses().that().resideInAPackage("dev.wscope.core..")
                .should().dependOnClassesThat().resideInAPackage("java.nio.channels..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName(Files.class.getName())
                .orShould().dependOnClassesThat().haveFullyQualifiedName(RandomAccessFile.class.getName())
                .orShould().dependOnClassesThat().haveFullyQualifiedName(FileInputStream.class.getName())
                .orShould().dependOnClassesThat().haveFullyQualifiedName(FileOutputStream.class.getName())
                .because("files on disk are the store's: the timeline spills and reads back through its PayloadFile port"
                        + " (a Path may pass through core as a value, never be opened there)")
                .check(CLASSES);
    }

    @Test
    void onlyTheEngine_touchesTyrusOrTheWebSocketApi() {
        noClasses().that().resideOutsideOfPackage("dev.wscope.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("org.glassfish.tyrus..", "jakarta.websocket..")
                .check(CLASSES);
    }

    @Test
    void nothingBelowTheUi_touchesJavaFx() {
        noClasses().that().resideInAnyPackage("dev.wscope.core..", "dev.wscope.engine..", "dev.wscope.server..",
                        "dev.wscope.cli..", "dev.wscope.store..", "dev.wscope.share..", "dev.wscope.log..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .because("command-line tools must run with no display and never start the toolkit")
                .check(CLASSES);
    }

    @Test
    void ui_touchesNoGlassfishClass() {
        noClasses().that().resideInAPackage("dev.wscope.ui..")
                .should().dependOnClassesThat().resideInAPackage("org.glassfish..")
                .because("the UI reaches the network only through the engine")
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
        noClasses().that().resideInAPackage("dev.wscope.cli..")
                .should().dependOnClassesThat().resideInAPackage("dev.wscope.ui..")
                .because("the commands run with no display")
                .check(CLASSES);
    }

    @Test
    void theSessionLayer_knowsOnlyCoreAndItsPorts() {
        noClasses().that().resideInAPackage("dev.wscope.session..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "dev.wscope.engine..", "dev.wscope.ui..",
                        "dev.wscope.store..", "dev.wscope.cli..", "org.glassfish..", "jakarta.websocket..")
                .because("the session's rules are tested through fake ports, with no socket and no toolkit")
                .check(CLASSES);
    }

    @Test
    void theProtocolLayer_sitsOnTheSessionPorts() {
        noClasses().that().resideInAPackage("dev.wscope.protocol..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "dev.wscope.engine..", "dev.wscope.ui..",
                        "dev.wscope.store..", "dev.wscope.cli..", "org.glassfish..", "jakarta.websocket..")
                .because("a protocol plugs in between the session and the engine through the Connector port, and its"
                        + " codecs and drivers are tested without a socket")
                .check(CLASSES);
    }

    @Test
    void theCollectionService_knowsNoToolkitNoWindowNoSocket() {
        noClasses().that().resideInAPackage("dev.wscope.collections..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "dev.wscope.ui..", "dev.wscope.engine..",
                        "dev.wscope.session..", "dev.wscope.cli..", "org.glassfish..", "jakarta.websocket..")
                .because("the collections' edit transactions and undo are tested on direct executors and a temporary"
                        + " folder, with no toolkit and no socket")
                .check(CLASSES);
    }

    @Test
    void onlyTheLogPackage_configuresLogback() {
        noClasses().that().resideOutsideOfPackage("dev.wscope.log..")
                .should().dependOnClassesThat().resideInAnyPackage("ch.qos.logback..", "org.slf4j.bridge..")
                .because("everything else logs through the SLF4J API, so the binding can change in one place")
                .check(CLASSES);
    }

    @Test
    void onlyTheCommands_printToTheConsole() {
        noClasses().that().resideOutsideOfPackage("dev.wscope.cli..").and().doNotHaveFullyQualifiedName("dev.wscope.Main")
                .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
                .because("the window has no console to read: what it must tell goes to the user or to the log")
                .check(CLASSES);
    }

    @Test
    void theUisFeaturePackages_formNoCycle() {
        slices().matching("dev.wscope.ui.(*)..").should().beFreeOfCycles()
                .because("each feature (address, composer, timeline, collections...) builds on ui.common and is"
                        + " assembled by ui.app, so it can be changed and tested on its own")
                .check(CLASSES);
    }

    @Test
    void theUiShell_isUsedByNoFeature() {
        noClasses().that().resideInAPackage("dev.wscope.ui..").and().resideOutsideOfPackage("dev.wscope.ui.app..")
                .should().dependOnClassesThat().resideInAPackage("dev.wscope.ui.app..")
                .check(CLASSES);
    }

    @Test
    void noCyclesBetweenTopLevelPackages() {
        slices().matching("dev.wscope.(*)..").should().beFreeOfCycles().check(CLASSES);
    }
}
