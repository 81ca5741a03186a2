.PHONY: run test setup bench
run:
	python3 scripts/dev.py run
test:
	python3 scripts/dev.py test
setup:
	python3 scripts/dev.py setup
bench:
	.venv/bin/python bench/run.py
