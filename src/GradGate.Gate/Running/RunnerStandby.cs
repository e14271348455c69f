namespace GradGate.Gate.Running;

/// <summary>
/// A runner started while the build compiles the checks (<c>--standby</c>): by the time the build has written the
/// request, the runner's process, runtime and checking engine have started and compiled on the processor time the
/// compiler left, and only the user's assembly remains to load. It has run no user code and loaded nothing the build
/// writes (see <see cref="LaunchInputs"/>), and it serves the build only when the launch the gate prepares then is the
/// one it was started with and its inputs are unchanged; otherwise it is dismissed and a runner starts as without it.
/// </summary>
internal sealed class RunnerStandby : IDisposable
{
    private readonly RunnerLaunch _launch;
    private readonly LaunchInputs _inputs;
    private StartedRunner? _runner;

    private RunnerStandby(RunnerLaunch launch, LaunchInputs inputs, StartedRunner runner)
    {
        _launch = launch;
        _inputs = inputs;
        _runner = runner;
    }

    /// <summary>Starts a runner on standby for <paramref name="launch"/>.</summary>
    /// <exception cref="System.ComponentModel.Win32Exception">The host could not be started.</exception>
    public static RunnerStandby Start(RunnerLaunch launch)
    {
        var inputs = LaunchInputs.Of(launch);
        return new RunnerStandby(launch, inputs, StartedRunner.Start(launch, RunnerLaunch.Standby));
    }

    /// <summary>The command line the runner on standby was started with, for the build log.</summary>
    public string CommandLine => _launch.CommandLine(RunnerLaunch.Standby);

    /// <summary>
    /// The runner, now the caller's, when it can run the checks of <paramref name="launch"/>; else null, with the reason in
    /// <paramref name="whyNot"/>, and the runner is dismissed.
    /// </summary>
    public StartedRunner? Claim(RunnerLaunch launch, out string? whyNot)
    {
        whyNot = Unfit(launch);
        if (whyNot is not null)
        {
            Dispose();
            return null;
        }

        var runner = _runner;
        _runner = null;
        return runner;
    }

    /// <summary>Dismisses the runner if nobody claimed it: its input ends, and it and anything it started are ended.</summary>
    public void Dispose()
    {
        var runner = _runner;
        _runner = null;
        if (runner is null)
        {
            return;
        }

        runner.EndInput();
        runner.Tree.EndAll();
        runner.Process.WaitForExit(1_000);
        runner.Dispose();
    }

    private string? Unfit(RunnerLaunch launch)
    {
        if (_runner is null)
        {
            return "it was dismissed already";
        }

        if (_runner.Process.HasExited)
        {
            return $"it ended while it waited ({ExitCodeText.Describe(_runner.Process.ExitCode)})";
        }

        if (!_launch.StartsTheSameAs(launch))
        {
            return "the build prepared another command line for the checks than the one it was started with";
        }

        return LaunchInputs.Of(launch).FirstDifference(_inputs) is { } changed
            ? $"'{changed}' changed after it started"
            : null;
    }
}
