using System.Runtime.CompilerServices;
using Microsoft.Build.Locator;

namespace GradGate.IntegrationTests.Infrastructure;

/// <summary>Registers the installed SDK's MSBuild before any test touches an MSBuild type.</summary>
internal static class MSBuildRegistration
{
    [ModuleInitializer]
    internal static void Register()
    {
        if (!MSBuildLocator.IsRegistered)
        {
            MSBuildLocator.RegisterDefaults();
        }
    }
}
