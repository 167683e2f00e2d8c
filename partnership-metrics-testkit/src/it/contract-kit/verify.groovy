// The documented setup must run the contract's tests: all seven of the kit, none failing.
def log = new File(basedir, 'build.log').text
def runs = (log =~ /Tests run: (\d+), Failures: (\d+), Errors: (\d+), Skipped: (\d+)/)
assert runs.find() : 'no Surefire summary in the build log'
def last = runs[runs.count - 1]
assert (last[1] as int) >= 7 : "expected the contract's tests to run, got Tests run: ${last[1]}"
assert last[2] == '0' && last[3] == '0' : "contract tests failed: ${last[0]}"
assert log.contains('BUILD SUCCESS')
return true
