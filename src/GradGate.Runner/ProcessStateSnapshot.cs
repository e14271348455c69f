using System.Collections;
using System.Globalization;

namespace GradGate.Runner;

/// <summary>
/// The process-wide state a check may change and the next check must not inherit: the current directory,
/// the default thread cultures and the environment variables.
/// </summary>
internal sealed class ProcessStateSnapshot
{
    private readonly string _currentDirectory;
    private readonly CultureInfo? _defaultCulture;
    private readonly CultureInfo? _defaultUICulture;
    private readonly Dictionary<string, string> _environment;

    private ProcessStateSnapshot()
    {
        _currentDirectory = Environment.CurrentDirectory;
        _defaultCulture = CultureInfo.DefaultThreadCurrentCulture;
        _defaultUICulture = CultureInfo.DefaultThreadCurrentUICulture;
        _environment = ReadEnvironment();
    }

    public static ProcessStateSnapshot Capture() => new();

    /// <summary>Puts back whatever changed since the capture and says what that was (empty when nothing did).</summary>
    public List<string> Restore()
    {
        var restored = new List<string>();
        var currentDirectory = Environment.CurrentDirectory;
        if (currentDirectory != _currentDirectory)
        {
            Environment.CurrentDirectory = _currentDirectory;
            restored.Add($"the current directory (to '{currentDirectory}')");
        }

        if (!Equals(CultureInfo.DefaultThreadCurrentCulture, _defaultCulture) || !Equals(CultureInfo.DefaultThreadCurrentUICulture, _defaultUICulture))
        {
            restored.Add($"the default culture (to '{CultureInfo.DefaultThreadCurrentCulture?.Name}', UI '{CultureInfo.DefaultThreadCurrentUICulture?.Name}')");
            CultureInfo.DefaultThreadCurrentCulture = _defaultCulture;
            CultureInfo.DefaultThreadCurrentUICulture = _defaultUICulture;
        }

        var changedVariables = RestoreEnvironment();
        if (changedVariables.Count > 0)
        {
            restored.Add($"the environment variable(s) {string.Join(", ", changedVariables)}");
        }

        return restored;
    }

    private static Dictionary<string, string> ReadEnvironment()
    {
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in Environment.GetEnvironmentVariables())
        {
            variables[(string)entry.Key] = (string?)entry.Value ?? "";
        }

        return variables;
    }

    private List<string> RestoreEnvironment()
    {
        var now = ReadEnvironment();
        var changed = new List<string>();
        foreach (var (name, value) in now)
        {
            if (!_environment.TryGetValue(name, out var original) || original != value)
            {
                Environment.SetEnvironmentVariable(name, original);
                changed.Add(name);
            }
        }

        foreach (var (name, value) in _environment)
        {
            if (!now.ContainsKey(name))
            {
                Environment.SetEnvironmentVariable(name, value);
                changed.Add(name);
            }
        }

        changed.Sort(StringComparer.Ordinal);
        return changed;
    }
}
