using System.Runtime.CompilerServices;
using Microsoft.Build.Locator;

namespace GradGate.Tasks.Tests.Infrastructure;

/// <summary>Points the test process at the installed SDK's MSBuild before any test can touch an MSBuild type.</summary>
internal static class MsBuildRegistration
{
#pragma warning disable CA2255 // A test assembly is the one place a module initializer must run first: MSBuild has to be located before its types load.
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void Register()
    {
        if (!MSBuildLocator.IsRegistered)
        {
            MSBuildLocator.RegisterDefaults();
        }
    }
}
