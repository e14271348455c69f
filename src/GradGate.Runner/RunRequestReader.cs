using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using GradGate.Results;

namespace GradGate.Runner;

/// <summary>Reads the task's request file and rejects a request the runner cannot act on.</summary>
internal static class RunRequestReader
{
    /// <summary>A day: longer than any check should run, and within what a thread wait accepts.</summary>
    private const double MaxTimeoutSeconds = 86_400;

    public static bool TryRead(string path, [NotNullWhen(true)] out RunRequest? request, [NotNullWhen(false)] out string? problem)
    {
        request = null;
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            problem = $"cannot read the request file '{path}': {exception.Message}";
            return false;
        }

        RunRequest? parsed;
        try
        {
            parsed = ResultJson.Deserialize<RunRequest>(json);
        }
        catch (JsonException exception)
        {
            problem = $"the request file '{path}' is not a valid run request: {exception.Message}";
            return false;
        }

        problem = parsed is null ? $"the request file '{path}' holds null instead of a run request" : FindFlaw(parsed, path);
        request = problem is null ? parsed : null;
        return request is not null;
    }

    private static string? FindFlaw(RunRequest request, string path)
    {
        if (string.IsNullOrWhiteSpace(request.AssemblyPath))
        {
            return $"the request '{path}' names no assemblyPath: say which built assembly declares the checks";
        }

        if (string.IsNullOrWhiteSpace(request.EventsPath))
        {
            return $"the request '{path}' names no eventsPath: say where the runner should write its events";
        }

        var timeout = request.Defaults.TimeoutSeconds;
        if (!(timeout > 0 && timeout <= MaxTimeoutSeconds))
        {
            return $"the request '{path}' has timeoutSeconds {timeout}: give a number of seconds above zero and at most {MaxTimeoutSeconds}";
        }

        var incomplete = request.Checks.FindIndex(check =>
            string.IsNullOrWhiteSpace(check.Id) || string.IsNullOrWhiteSpace(check.TypeName) || string.IsNullOrWhiteSpace(check.MethodName));
        return incomplete < 0
            ? null
            : $"check {incomplete} of the request '{path}' lacks its id, typeName or methodName: every check needs all three";
    }
}
