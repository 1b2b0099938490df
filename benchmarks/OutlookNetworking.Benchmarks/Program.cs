using BenchmarkDotNet.Running;
using OutlookNetworking.Benchmarks.Macro;

// macro: the end-to-end figures (./bench.sh); macro-child: one measured process the macro command starts;
// anything else: BenchmarkDotNet's switcher over the micro benchmarks.
return args switch
{
    ["macro", .. var rest] => await MacroCommand.RunAsync(rest),
    ["macro-child", .. var rest] => await ChildCommand.RunAsync(rest),
    _ => RunMicro(args),
};

static int RunMicro(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(MacroCommand).Assembly).Run(args);
    return 0;
}
