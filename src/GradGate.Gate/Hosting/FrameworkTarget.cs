using System.Globalization;

namespace GradGate.Gate.Hosting;

/// <summary>The framework the checked assembly was built for, such as <c>.NETCoreApp</c> 10.0 (<c>net10.0</c>).</summary>
internal sealed record FrameworkTarget(string Identifier, Version Version, string ShortName)
{
    public const string NetCoreIdentifier = ".NETCoreApp";
    public const string NetStandardIdentifier = ".NETStandard";

    /// <summary>
    /// From the build's TargetFrameworkIdentifier and TargetFrameworkVersion (v10.0) where given, else from the
    /// assembly's own [TargetFramework] value (<c>.NETCoreApp,Version=v10.0</c>); null when neither tells.
    /// </summary>
    public static FrameworkTarget? Resolve(string? identifier, string? version, string? shortName, string? assemblyMoniker)
    {
        var (monikerIdentifier, monikerVersion) = SplitMoniker(assemblyMoniker);
        var resolvedIdentifier = string.IsNullOrWhiteSpace(identifier) ? monikerIdentifier : identifier!.Trim();
        var resolvedVersion = ParseVersion(string.IsNullOrWhiteSpace(version) ? monikerVersion : version);
        if (resolvedIdentifier is null || resolvedVersion is null)
        {
            return null;
        }

        var name = string.IsNullOrWhiteSpace(shortName)
            ? DefaultShortName(resolvedIdentifier, resolvedVersion)
            : shortName!.Trim();
        return new FrameworkTarget(resolvedIdentifier, resolvedVersion, name);
    }

    private static (string? Identifier, string? Version) SplitMoniker(string? moniker)
    {
        if (string.IsNullOrWhiteSpace(moniker))
        {
            return (null, null);
        }

        string? identifier = null;
        string? version = null;
        foreach (var part in moniker!.Split(','))
        {
            var trimmed = part.Trim();
            const string versionKey = "Version=";
            if (trimmed.StartsWith(versionKey, StringComparison.OrdinalIgnoreCase))
            {
                version = trimmed.Substring(versionKey.Length);
            }
            else if (identifier is null)
            {
                identifier = trimmed;
            }
        }

        return (identifier, version);
    }

    private static Version? ParseVersion(string? text)
    {
        var digits = text?.Trim().TrimStart('v', 'V');
        if (string.IsNullOrEmpty(digits))
        {
            return null;
        }

        if (int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var major))
        {
            return new Version(major, 0);
        }

        return Version.TryParse(digits, out var parsed) ? parsed : null;
    }

    private static string DefaultShortName(string identifier, Version version)
        => identifier == NetCoreIdentifier
            ? $"net{version.Major}.{version.Minor}"
            : $"{identifier},Version=v{version.Major}.{version.Minor}";
}
