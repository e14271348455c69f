namespace GradGate.Runner.Tests;
