# The two commands of the README, plus the benchmark and the deployed build.
.PHONY: run test bench production

run:   ## build in release mode and start on http://127.0.0.1:3000 with the demo data
	bash .ci/serve.sh

test:  ## install what is missing and run every test (SQLite and PostgreSQL, Chromium)
	bash .ci/test.sh

bench: ## measure sizes, first-visit transfer and SSR throughput (see README)
	bash .ci/bench.sh

production: ## build as deployed: the server optimised at link time (~36 min cold on two cores)
	bash .ci/production.sh
