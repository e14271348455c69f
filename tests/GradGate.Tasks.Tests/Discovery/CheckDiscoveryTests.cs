using GradGate.Gate.Discovery;
using GradGate.Tasks.Tests.Infrastructure;

namespace GradGate.Tasks.Tests.Discovery;

/// <summary>Discovery on the TasksFixture assembly this project builds first.</summary>
public sealed class CheckDiscoveryTests : IDisposable
{
    private readonly ScratchFolder _scratch = new();

    public void Dispose() => _scratch.Dispose();

    [Fact]
    public void Finds_every_GradCheck_method_in_compilation_order_and_nothing_else()
    {
        var assembly = Discover(TestAssets.FixtureAssembly);

        Assert.Equal("TasksFixture", assembly.AssemblyName);
        Assert.Equal(
            [
                "TasksFixture.FaultChecks.FailsFast",
                "TasksFixture.FaultChecks.ExitsQuietly",
                "TasksFixture.FaultChecks.OverflowsTheStack",
                "TasksFixture.FaultChecks.Hangs",
                "TasksFixture.ProcessHygieneChecks.IsStoppedFromOutside",
                "TasksFixture.ProcessHygieneChecks.StartsProcesses",
                "TasksFixture.ProcessHygieneChecks.BlocksProcessExit",
                "TasksFixture.ProcessHygieneChecks.ReadsRawStandardInput",
                "TasksFixture.QuadraticChecks.Quadratic",
                "TasksFixture.QuadraticChecks.Named",
                "TasksFixture.QuadraticChecks.Skipped",
                "TasksFixture.QuadraticChecks.Family",
                "TasksFixture.RunnerEnvironmentChecks.SeesTheTieringDelay",
                "TasksFixture.WrongChecks.DoubledGradient",
                "TasksFixture.WrongChecks.Throws",
                "TasksFixture.QuadraticChecks+Nested.Inner",
            ],
            assembly.Checks.Select(check => check.Id));
    }

    [Fact]
    public void Spells_type_names_as_reflection_does_and_reads_the_attributes_name_and_skip()
    {
        var checks = Discover(TestAssets.FixtureAssembly).Checks.ToDictionary(check => check.MethodName);

        Assert.Equal("TasksFixture.QuadraticChecks+Nested", checks["Inner"].TypeName);
        Assert.Equal("QuadraticChecks.Nested.Inner", checks["Inner"].DisplayName);
        Assert.Equal("QuadraticChecks.Quadratic", checks["Quadratic"].DisplayName);
        Assert.Equal("Quadratic, named", checks["Named"].DisplayName);
        Assert.Equal("waiting for the optimiser rewrite", checks["Skipped"].SkipReason);
        Assert.True(checks["Skipped"].IsSkipped);
        Assert.Null(checks["Quadratic"].SkipReason);
    }

    [Theory]
    [InlineData("Quadratic")]
    [InlineData("Named")]
    [InlineData("Skipped")]
    [InlineData("Family")]
    [InlineData("Inner")]
    public void Places_each_check_at_the_first_line_of_its_body_from_the_portable_PDB(string method)
    {
        var assembly = Discover(TestAssets.FixtureAssembly);

        var source = assembly.Checks.Single(check => check.MethodName == method).Source!;

        Assert.True(assembly.HasPortablePdb);
        Assert.Equal(TestAssets.FixtureChecksSource, Path.GetFullPath(source.File));
        Assert.Equal(TestAssets.MarkedLine(method), source.Line);
        Assert.True(source.Column > 0);
    }

    [Fact]
    public void Source_roots_map_the_PDBs_paths_to_local_ones()
    {
        var elsewhere = Path.Combine(_scratch.Path, "checkout") + Path.DirectorySeparatorChar;
        var map = new SourcePathMap([new SourceRoot(elsewhere, TestAssets.FixtureSourceDirectory)]);

        var assembly = CheckDiscovery.Discover(TestAssets.FixtureAssembly, map, out _);

        var source = assembly!.Checks.Single(check => check.MethodName == "Quadratic").Source!;
        Assert.Equal(Path.Combine(elsewhere, "QuadraticChecks.cs"), source.File);
        Assert.Equal(TestAssets.MarkedLine("Quadratic"), source.Line);
    }

    [Fact]
    public void Reads_the_target_framework_the_assembly_was_built_for()
        => Assert.Equal(".NETCoreApp,Version=v10.0", Discover(TestAssets.FixtureAssembly).TargetFrameworkMoniker);

    [Fact]
    public void Without_its_PDB_no_check_has_a_source_location()
    {
        var assemblyPath = _scratch.File("TasksFixture.dll");
        File.Copy(TestAssets.FixtureAssembly, assemblyPath);

        var assembly = Discover(assemblyPath);

        Assert.False(assembly.HasPortablePdb);
        Assert.Equal(16, assembly.Checks.Count);
        Assert.All(assembly.Checks, check => Assert.Null(check.Source));
    }

    [Fact]
    public void A_PDB_of_another_build_is_not_trusted()
    {
        var assemblyPath = _scratch.File("TasksFixture.dll");
        File.Copy(TestAssets.FixtureAssembly, assemblyPath);
        File.WriteAllBytes(_scratch.File("TasksFixture.pdb"), EmbeddedPdb(Path.Combine(TestAssets.FixtureOutputDirectory, "GradGate.dll")));

        var assembly = Discover(assemblyPath);

        Assert.False(assembly.HasPortablePdb);
        Assert.All(assembly.Checks, check => Assert.Null(check.Source));
    }

    /// <summary>
    /// The portable PDB embedded in an assembly (GradGate's own are), as a standalone file: a real PDB of another build.
    /// The entry holds "MPDB", the PDB's size, and the PDB deflated.
    /// </summary>
    private static byte[] EmbeddedPdb(string assemblyPath)
    {
        using var pe = new System.Reflection.PortableExecutable.PEReader(File.OpenRead(assemblyPath));
        var entry = pe.ReadDebugDirectory().Single(entry => entry.Type == System.Reflection.PortableExecutable.DebugDirectoryEntryType.EmbeddedPortablePdb);
        var data = pe.GetSectionData(entry.DataRelativeVirtualAddress).GetContent(0, entry.DataSize);
        var size = BitConverter.ToInt32([.. data], 4);
        using var deflated = new System.IO.Compression.DeflateStream(new MemoryStream([.. data], 8, data.Length - 8), System.IO.Compression.CompressionMode.Decompress);
        var pdb = new byte[size];
        deflated.ReadExactly(pdb);
        return pdb;
    }

    [Fact]
    public void A_corrupt_PDB_costs_only_the_source_lines()
    {
        var assemblyPath = _scratch.File("TasksFixture.dll");
        File.Copy(TestAssets.FixtureAssembly, assemblyPath);
        File.WriteAllText(_scratch.File("TasksFixture.pdb"), "not a PDB");

        var assembly = Discover(assemblyPath);

        Assert.Equal(16, assembly.Checks.Count);
        Assert.All(assembly.Checks, check => Assert.Null(check.Source));
    }

    [Fact]
    public void An_assembly_without_checks_gives_an_empty_list()
    {
        var assembly = Discover(Path.Combine(TestAssets.FixtureOutputDirectory, "GradGate.dll"));

        // GradGate's API is built for netstandard2.0 and net8.0; a net10.0 project gets the net8.0 build.
        Assert.Empty(assembly.Checks);
        Assert.Equal(".NETCoreApp,Version=v8.0", assembly.TargetFrameworkMoniker);
    }

    [Fact]
    public void Leaves_the_assembly_and_its_PDB_free_to_be_replaced_or_deleted()
    {
        var assemblyPath = _scratch.File("TasksFixture.dll");
        var pdbPath = _scratch.File("TasksFixture.pdb");
        File.Copy(TestAssets.FixtureAssembly, assemblyPath);
        File.Copy(Path.ChangeExtension(TestAssets.FixtureAssembly, ".pdb"), pdbPath);

        Assert.True(Discover(assemblyPath).HasPortablePdb);

        using (new FileStream(assemblyPath, FileMode.Open, FileAccess.ReadWrite, FileShare.None))
        using (new FileStream(pdbPath, FileMode.Open, FileAccess.ReadWrite, FileShare.None))
        {
        }

        File.Delete(assemblyPath);
        File.Delete(pdbPath);
        Assert.False(File.Exists(assemblyPath));
    }

    [Fact]
    public void A_file_that_is_not_an_assembly_is_a_problem_that_names_it()
    {
        var path = _scratch.File("Broken.dll");
        File.WriteAllText(path, "MZ but not really");

        var assembly = CheckDiscovery.Discover(path, SourcePathMap.None, out var problem);

        Assert.Null(assembly);
        Assert.Contains(path, problem, StringComparison.Ordinal);
    }

    private static DiscoveredAssembly Discover(string assemblyPath)
    {
        var assembly = CheckDiscovery.Discover(assemblyPath, SourcePathMap.None, out var problem);
        Assert.Null(problem);
        return Assert.IsType<DiscoveredAssembly>(assembly);
    }
}
