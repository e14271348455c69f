using GradGate.Runner;

// Out of the build's process group before anything else, so a terminal's Ctrl-C reaches the build, which stops the
// runner, and never the runner alone (see OwnProcessGroup); and gone with the build if the build is killed.
OwnProcessGroup.Enter();
BuildWatch.Start();

// The host puts the user's assemblies on the TPA list but not the runner's own (GradGate.Engine,
// GradGate.Results): the fallback must be in place before any code that names them is compiled.
RunnerAssemblyFallback.Install();

// Exit rather than return: a foreground thread a check left running must not keep the runner alive.
Environment.Exit(RunnerCommand.Run(args));
