using GradGate.Runner;

// The host puts the user's assemblies on the TPA list but not the runner's own (GradGate.Engine,
// GradGate.Results): the fallback must be in place before any code that names them is compiled.
RunnerAssemblyFallback.Install();
return RunnerCommand.Run(args);
