package com.judgmentday.cli;

import com.judgmentday.certificates.Certificates;
import com.judgmentday.desktop.Launcher;
import com.judgmentday.support.TestContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code certify}: a winning script becomes a certificate; one that does not win is refused and nothing is written. */
class CertifyCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Launcher.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    @Test
    void aWinningScriptIsCertified(@TempDir Path dir) throws Exception {
        Path cert = dir.resolve("pg.cert");
        assertThat(run("certify", "--input", TestContent.script("proving-ground.txt").toString(), "--out", cert.toString()))
                .as(err.toString()).isZero();
        assertThat(out.toString()).startsWith("proving-ground start: WIN at tick 1199, 19 marks, written to ");
        assertThat(Files.readString(cert)).contains("skill: script\n", "outcome: WIN\n", "tick: 1199\n");
    }

    @Test
    void theBotCertifiesAStartPointAsTheShippedCertificateSays(@TempDir Path dir) throws Exception {
        Path cert = dir.resolve("arcade.cert");
        assertThat(run("certify", "--bot", "--level", "galleria", "--checkpoint", "arcade",
                "--out", cert.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).startsWith("galleria arcade: WIN at tick 6454 (the average bot, seed 1), "
                + "107 marks, written to ");
        Path shipped = Certificates.path(TestContent.assets().resolve(Certificates.FOLDER), "galleria", "arcade");
        assertThat(Files.readString(cert)).isEqualTo(Files.readString(shipped));
    }

    @Test
    void theBotsOptionsAreCheckedBeforeAnythingIsPlayed(@TempDir Path dir) {
        assertThat(run("certify", "--skill", "perfect", "--input", "x.txt")).isEqualTo(2);
        assertThat(err.toString()).contains("--skill is the bot's: add --bot");
        assertThat(run("certify", "--bot", "--skill", "godlike", "--level", "ai-maze")).isEqualTo(2);
        assertThat(err.toString()).contains("--skill 'godlike' is not one of");
        assertThat(run("certify", "--bot", "--tries", "0", "--level", "ai-maze")).isEqualTo(2);
        assertThat(err.toString()).contains("--tries must be 1 to 20");
        assertThat(run("certify", "--bot", "--checkpoint", "arcade")).isEqualTo(2);
        assertThat(err.toString()).contains("--checkpoint and --out name one start point: add --level");
        assertThat(run("certify", "--bot", "--level", "ai-maze", "--checkpoint", "arcade")).isEqualTo(2);
        assertThat(err.toString()).contains("ai-maze has no start point 'arcade'; it has start");
        assertThat(run("certify", "--bot", "--level", "galleria", "--out", dir.resolve("x.cert").toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("but galleria has 6 start points: add --checkpoint");
        assertThat(dir.resolve("x.cert")).doesNotExist();
    }

    @Test
    void aRunThatDoesNotWinIsRefusedAndNothingWritten(@TempDir Path dir) throws Exception {
        Path script = dir.resolve("wait.txt");
        Files.writeString(script, "# level: proving-ground\n120\n");
        Path cert = dir.resolve("wait.cert");
        assertThat(run("certify", "--input", script.toString(), "--out", cert.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("proving-ground start ends TIMEOUT at tick 420 with this input;"
                + " a certificate is proof of a win, so none was written");
        assertThat(cert).doesNotExist();
    }

    @Test
    void checkReplaysTheCertificatesNamed() {
        Path shipped = Certificates.path(TestContent.assets().resolve(Certificates.FOLDER), "ai-maze", "start");
        assertThat(run("certify", "--check", shipped.toString())).isZero();
        assertThat(out.toString()).isEqualTo("ai-maze start: holds (WIN at tick 434)" + System.lineSeparator());
    }

    @Test
    void aBrokenCertificateIsOneLineNamingItsLine(@TempDir Path dir) throws Exception {
        Path cert = dir.resolve("bad.cert");
        Files.writeString(cert, "format: 1\nlevel proving-ground\n");
        assertThat(run("certify", "--check", cert.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("bad.cert:2: 'level proving-ground' is not a 'key: value' header");
    }
}
