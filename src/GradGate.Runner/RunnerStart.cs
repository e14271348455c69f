namespace GradGate.Runner;

/// <summary>How the runner was asked to start.</summary>
internal enum RunnerStartKind
{
    /// <summary>The arguments are not the runner's.</summary>
    Invalid,

    /// <summary><c>--request &lt;path&gt;</c>: the request is already written.</summary>
    Request,

    /// <summary><c>--standby</c>: started before the build has compiled the checks; the request's path comes on standard input.</summary>
    Standby,
}

/// <param name="RequestPath">The request's path for <see cref="RunnerStartKind.Request"/>; null otherwise.</param>
internal sealed record RunnerStart(RunnerStartKind Kind, string? RequestPath);
