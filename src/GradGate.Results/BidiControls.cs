namespace GradGate.Results;

/// <summary>
/// The Unicode bidirectional controls (U+061C, U+200E, U+200F, U+202A to U+202E, U+2066 to U+2069): invisible characters
/// that reorder the text around them, so that a check's name or message could show one thing and say another (the
/// "Trojan Source" trick). Everything GradGate writes for people, the build log and the reports, shows them as their
/// <c>\uXXXX</c> escapes instead.
/// </summary>
public static class BidiControls
{
    public static bool Is(char character)
        => character is '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    /// <summary>The visible escape that stands in for <paramref name="character"/>, such as <c>\u202E</c>.</summary>
    public static string Escape(char character) => $"\\u{(int)character:X4}";
}
