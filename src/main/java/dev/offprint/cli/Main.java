package dev.offprint.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code offprint} command: entry point of the jar, holding the subcommands. */
@Command(name = "offprint", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        subcommands = {ConvertCommand.class, CommandLine.HelpCommand.class},
        description = "Turns web article pages into PDF handouts, EPUB books, clean HTML, JSON and plain text.")
public final class Main implements Runnable {

    @Spec CommandSpec spec;

    /** {@code offprint} with no command: a usage error. */
    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "no command given (try: offprint convert PAGE.html)");
    }

    /**
     * The configured command line: errors as one line plus a hint (exit {@link ExitCodes#USAGE}),
     * unexpected exceptions as one line (exit {@link ExitCodes#RUN_FAILED}), never a stack trace.
     */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        // @list.txt is offprint's own input list (paths relative to the list, URLs, WARCs), read by
        // batch; picocli's argument-file expansion would splice its lines in as raw arguments instead
        cl.setExpandAtFiles(false);
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("offprint: " + ex.getMessage());
            c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
            c.getErr().flush();
            return ExitCodes.USAGE;
        });
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            c.getErr().println("offprint: internal error: " + ex.getClass().getSimpleName()
                    + (ex.getMessage() == null ? "" : ": " + ex.getMessage().replaceAll("[\\r\\n]+", " ")));
            c.getErr().flush();
            return ExitCodes.RUN_FAILED;
        });
        return cl;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
