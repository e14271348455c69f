namespace GradGate.Gate.Logging;

/// <summary>How prominent a message is: MSBuild's High, Normal and Low, which the command line maps to its own verbosity.</summary>
internal enum LogImportance
{
    High,
    Normal,
    Low,
}
