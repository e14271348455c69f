using System.Globalization;
using System.Text;
using GradGate.Gate.Logging;

namespace GradGate.Gate.Replay;

/// <summary>
/// The text of a <see cref="ReportReplay"/> record: a header line, the fingerprint, then one tab-separated line per report
/// file (<c>R</c>) and per log call (<c>L</c>), with tabs, line breaks and backslashes escaped. Plain string handling, so
/// that reading it in a no-op build costs next to nothing (a JSON reader had to be compiled first).
/// </summary>
internal static class ReplayRecordText
{
    private const string Header = "gradgate-report-replay 1";

    public static string Format(ReportReplay replay)
    {
        var text = new StringBuilder();
        text.Append(Header).Append('\n').Append(replay.Fingerprint).Append('\n');
        foreach (var report in replay.Reports)
        {
            text.Append("R\t").Append(Escape(report.Path))
                .Append('\t').Append(report.Length.ToString(CultureInfo.InvariantCulture))
                .Append('\t').Append(report.LastWriteTimeUtcTicks.ToString(CultureInfo.InvariantCulture)).Append('\n');
        }

        foreach (var line in replay.Lines)
        {
            text.Append("L\t").Append(((int)line.Kind).ToString(CultureInfo.InvariantCulture))
                .Append('\t').Append(((int)line.Importance).ToString(CultureInfo.InvariantCulture))
                .Append('\t').Append(EscapeOptional(line.Code))
                .Append('\t').Append(EscapeOptional(line.File))
                .Append('\t').Append(line.Line.ToString(CultureInfo.InvariantCulture))
                .Append('\t').Append(line.Column.ToString(CultureInfo.InvariantCulture))
                .Append('\t').Append(Escape(line.Text)).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>The record, or null when the text is not a whole record of this version.</summary>
    public static ReportReplay? Parse(string text)
    {
        var lines = text.Split('\n');
        if (lines.Length < 3 || lines[0] != Header || lines[lines.Length - 1].Length != 0)
        {
            return null;
        }

        var reports = new List<ReportFileStamp>();
        var logged = new List<LoggedLine>();
        for (var index = 2; index < lines.Length - 1; index++)
        {
            var fields = lines[index].Split('\t');
            if (fields[0] == "R" && fields.Length == 4
                && long.TryParse(fields[2], NumberStyles.None, CultureInfo.InvariantCulture, out var length)
                && long.TryParse(fields[3], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks))
            {
                reports.Add(new ReportFileStamp(Unescape(fields[1]), length, ticks));
            }
            else if (fields[0] == "L" && fields.Length == 8
                && int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var kind) && kind <= (int)LoggedLineKind.Message
                && int.TryParse(fields[2], NumberStyles.None, CultureInfo.InvariantCulture, out var importance) && importance <= (int)LogImportance.Low
                && int.TryParse(fields[5], NumberStyles.Integer, CultureInfo.InvariantCulture, out var line)
                && int.TryParse(fields[6], NumberStyles.Integer, CultureInfo.InvariantCulture, out var column))
            {
                logged.Add(new LoggedLine((LoggedLineKind)kind, (LogImportance)importance, UnescapeOptional(fields[3]), UnescapeOptional(fields[4]), line, column, Unescape(fields[7])));
            }
            else
            {
                return null;
            }
        }

        return new ReportReplay(lines[1], logged, reports);
    }

    /// <summary>A null field is a lone <c>\0</c>, which no escaped text can be.</summary>
    private static string EscapeOptional(string? value) => value is null ? "\\0" : Escape(value);

    private static string? UnescapeOptional(string field) => field == "\\0" ? null : Unescape(field);

    private static string Escape(string value)
        => value.Replace("\\", "\\\\").Replace("\t", "\\t").Replace("\n", "\\n").Replace("\r", "\\r");

    private static string Unescape(string field)
    {
        if (field.IndexOf('\\') < 0)
        {
            return field;
        }

        var text = new StringBuilder(field.Length);
        for (var index = 0; index < field.Length; index++)
        {
            if (field[index] != '\\' || index + 1 == field.Length)
            {
                text.Append(field[index]);
                continue;
            }

            index++;
            text.Append(field[index] switch
            {
                't' => '\t',
                'n' => '\n',
                'r' => '\r',
                _ => field[index],
            });
        }

        return text.ToString();
    }
}
