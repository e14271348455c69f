using Microsoft.Build.Evaluation;
using Microsoft.Build.Execution;
using Microsoft.Build.Framework;
using Microsoft.Build.Logging;

namespace GradGate.IntegrationTests.Infrastructure;

/// <summary>Restores and builds a project inside the test process, the way an IDE's build node would.</summary>
internal static class InProcessBuild
{
    public static (bool Succeeded, string Log) RestoreAndBuild(string projectPath)
    {
        var log = new StringWriter();
        var restored = Run(projectPath, "Restore", log, new Dictionary<string, string?> { ["MSBuildRestoreSessionId"] = Guid.NewGuid().ToString() });
        if (!restored)
        {
            return (false, log.ToString());
        }

        var built = Run(projectPath, "Build", log, new Dictionary<string, string?>());
        return (built, log.ToString());
    }

    private static bool Run(string projectPath, string target, StringWriter log, Dictionary<string, string?> globalProperties)
    {
        using var projects = new ProjectCollection(globalProperties);
        var logger = new ConsoleLogger(LoggerVerbosity.Normal, message => log.Write(message), _ => { }, () => { });
        var parameters = new BuildParameters(projects)
        {
            Loggers = [logger],
            EnableNodeReuse = false,
            DisableInProcNode = false,
        };
        var request = new BuildRequestData(projectPath, globalProperties, null, [target], null, BuildRequestDataFlags.ClearCachesAfterBuild);
        var result = BuildManager.DefaultBuildManager.Build(parameters, request);
        return result.OverallResult == BuildResultCode.Success;
    }
}
