package io.qunflow;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL 15 cluster for tests: Debian's binaries ({@code .ci/run} installs them),
 * a fresh data directory, a free loopback port, trust authentication, stopped and deleted on
 * {@link #close()}. As root the server runs as the {@code postgres} user, which it insists on.
 *
 * <p>fsync is off: these tests kill Qunflow nodes, never the database, so what a committed
 * transaction wrote survives them either way, and the cluster starts and runs faster.
 */
public final class PostgresCluster implements AutoCloseable {

    private static final Path BIN = Path.of(System.getProperty("qunflow.test.pg-bin", "/usr/lib/postgresql/15/bin"));
    private static final boolean ROOT = "root".equals(System.getProperty("user.name"));

    private final Path home;
    private final Path data;
    private final int port;

    private PostgresCluster(Path home, int port) {
        this.home = home;
        this.data = home.resolve("data");
        this.port = port;
    }

    /** Whether the PostgreSQL binaries are on this machine. */
    public static boolean available() {
        return Files.isExecutable(BIN.resolve("initdb"));
    }

    /**
     * Creates and starts a cluster with one empty database named {@code database}.
     *
     * @throws IllegalStateException when the binaries are missing (tests check {@link
     *     Prerequisites#postgres()} first; the API tests' PostgreSQL run has no way to skip, so
     *     it fails: leave it out with -Dskip.postgres)
     */
    public static PostgresCluster start(String database) {
        if (!available()) {
            throw new IllegalStateException("No PostgreSQL 15 binaries at " + BIN
                    + ": apt-get install postgresql-15, or build with -Dskip.postgres to leave the PostgreSQL run out");
        }
        try {
            Path home = Files.createTempDirectory("qunflow-pg-");
            PostgresCluster cluster = new PostgresCluster(home, freePort());
            if (ROOT) {
                run(List.of("chown", "postgres:postgres", home.toString()));
            }
            cluster.pg(
                    "initdb",
                    "-D",
                    cluster.data.toString(),
                    "-U",
                    "postgres",
                    "--auth=trust",
                    "-E",
                    "UTF8",
                    "--locale=C.UTF-8",
                    "--no-sync");
            cluster.pg(
                    "pg_ctl",
                    "-D",
                    cluster.data.toString(),
                    "-l",
                    home.resolve("server.log").toString(),
                    "-w",
                    "-t",
                    "60",
                    "-o",
                    "-p " + cluster.port + " -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off"
                            + " -c max_connections=200 -c shared_buffers=64MB",
                    "start");
            cluster.createDatabase(database);
            return cluster;
        } catch (IOException e) {
            throw new IllegalStateException("Could not start a PostgreSQL cluster from " + BIN, e);
        }
    }

    /** Adds an empty database (a name of letters, digits and underscores). */
    public void createDatabase(String database) {
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), "postgres", "");
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + database, e);
        }
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        try {
            pg("pg_ctl", "-D", data.toString(), "-m", "immediate", "-w", "stop");
        } catch (RuntimeException | IOException e) {
            // The server may already be gone (JVM shutting down); the directory goes either way.
        }
        try (Stream<Path> files = Files.walk(home)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void pg(String tool, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        if (ROOT) {
            command.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        command.add(BIN.resolve(tool).toString());
        command.addAll(List.of(args));
        run(command);
    }

    private static void run(List<String> command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(90, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A loopback port nothing listens on right now. */
    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
